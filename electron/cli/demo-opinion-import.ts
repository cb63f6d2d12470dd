import { call, type CliApi } from './call';
import { demoOffice } from './demo-data';
import { demoWorkOrderXlsx } from './demo-opinions';

/** Groups made from the imported rows, as an office would after reading them. */
const DEMO_GROUPS = [
  { kind: 'item', title: '芳城园片区停车秩序综合治理', category: '停车管理', department: '城市管理办公室', listType: 'deadline', term: null },
  { kind: 'item', title: '老旧小区加装电梯', category: '电梯', department: '丰台区房屋管理局', listType: 'ongoing', term: null },
  { kind: 'task', title: '垃圾分类与清运提质', category: '环境卫生', department: '城市管理办公室', listType: 'immediate', term: 'near' },
  { kind: 'task', title: '老旧小区物业服务全覆盖', category: '物业管理', department: '社区建设办公室', listType: 'ongoing', term: 'long' },
] as const;

/**
 * Imports the demo export into the street meeting through imports.preview / confirm, exactly as the
 * 准备 screen does, then groups some rows into major items and tasks.
 */
export async function importDemoOpinions(app: CliApi, meetingId: string): Promise<{ count: number; groups: number }> {
  const bytes = demoWorkOrderXlsx(demoOffice.communities.map((c) => c.name));
  const preview = await call(app, 'imports.preview', {
    meetingId,
    jobId: 'demo-import',
    fileName: '方庄街道接诉即办工单明细（2024年1月—2025年2月）.xlsx',
    dataBase64: bytes.toString('base64'),
  });
  const record = await call(app, 'imports.confirm', { meetingId, previewId: preview.previewId });
  const departments = new Map((await call(app, 'office.get', {})).departments.map((d) => [d.name, d.id]));
  for (const g of DEMO_GROUPS) {
    const rows = await call(app, 'opinions.list', {
      meetingId,
      figure: { kind: 'year', year: 2025, category: g.category },
      limit: 12,
    });
    await call(app, 'groups.create', {
      meetingId,
      kind: g.kind,
      title: g.title,
      departmentId: departments.get(g.department) ?? null,
      listType: g.listType,
      term: g.term,
      opinionIds: rows.rows.map((o) => o.id),
    });
  }
  return { count: record.count, groups: DEMO_GROUPS.length };
}
