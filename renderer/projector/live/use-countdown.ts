import { useEffect, useRef, useState } from 'react';
import type { Countdown } from '../../../shared/domain';
import { readCountdown, toneDue, type CountdownReading } from '../../../shared/logic/countdown';

const TICK_MS = 200;

/**
 * The countdown as of now, re-read a few times a second while it runs. Each reading is computed
 * from the stored times, never counted down locally, so a late tick or a second window cannot drift.
 */
export function useCountdownReading(countdown: Countdown): CountdownReading {
  const [now, setNow] = useState(() => Date.now());
  const running = countdown.runningSince !== null;
  // A stopped countdown reads the same at any moment, and a stale `now` before a run's first tick
  // is earlier than its start, which reads as no time used yet: no reset is needed here.
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [running, countdown]);
  return readCountdown(countdown, now);
}

let audio: AudioContext | null = null;

/** A short tone. A browser that blocks sound without a click just stays silent: nothing is thrown. */
function playTone(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume().catch(() => undefined);
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.6);
  } catch {
    // No audio device or no permission: the red countdown still says it.
  }
}

/** Sounds the tone once when a running countdown crosses zero with its sound on (see toneDue). */
export function useZeroTone(reading: CountdownReading, sound: boolean): void {
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (toneDue(previous.current, reading, sound)) playTone();
    previous.current = reading.running ? reading.remainingMs : null;
  }, [reading, sound]);
}
