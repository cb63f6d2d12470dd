// A parse worker that keeps every array it makes, as a parser building cells from a hostile sheet would,
// until the thread reaches its heap ceiling.
const kept: number[][] = [];
for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i + kept.length));
