import { createGroup } from '../services/groups-service';
import { confirmImport, previewImport } from '../services/imports-service';
import { getOffice } from '../services/office-service';
import { listOpinions } from '../services/opinions-service';
import type { ServiceContext } from '../services/service-context';
import { sampleOffice } from './sample-office';
import { sampleWorkOrderXlsx } from './sample-work-orders';

/** Groups made from the imported rows, as an office would after reading them. */
const SAMPLE_GROUPS = [
  {
    kind: 'item',
    title: '芳城园片区停车秩序综合治理',
    category: '停车管理',
    department: '城市管理办公室',
    listType: 'deadline',
    term: null,
  },
  {
    kind: 'item',
    title: '老旧小区加装电梯',
    category: '电梯',
    department: '丰台区房屋管理局',
    listType: 'ongoing',
    term: null,
  },
  {
    kind: 'task',
    title: '垃圾分类与清运提质',
    category: '环境卫生',
    department: '城市管理办公室',
    listType: 'immediate',
    term: 'near',
  },
  {
    kind: 'task',
    title: '老旧小区物业服务全覆盖',
    category: '物业管理',
    department: '社区建设办公室',
    listType: 'ongoing',
    term: 'long',
  },
] as const;

export const SAMPLE_WORK_ORDER_FILE = '方庄街道接诉即办工单明细（2024年1月—2025年2月）.xlsx';

/**
 * Imports the sample export into the street meeting through the same preview and confirm the 准备
 * screen uses, then groups some rows into major items and tasks.
 */
export async function importSampleOpinions(
  ctx: ServiceContext,
  meetingId: string,
): Promise<{ count: number; groups: number }> {
  const bytes = sampleWorkOrderXlsx(sampleOffice.communities.map((c) => c.name));
  const preview = await previewImport(ctx, {
    meetingId,
    jobId: ctx.newId('sample-import-'),
    fileName: SAMPLE_WORK_ORDER_FILE,
    dataBase64: bytes.toString('base64'),
  });
  const record = await confirmImport(ctx, { meetingId, previewId: preview.previewId });
  const departments = new Map(getOffice(ctx).departments.map((d) => [d.name, d.id]));
  for (const g of SAMPLE_GROUPS) {
    const rows = listOpinions(ctx, {
      meetingId,
      figure: { kind: 'year', year: 2025, category: g.category },
      offset: 0,
      limit: 12,
    });
    await createGroup(ctx, {
      meetingId,
      kind: g.kind,
      title: g.title,
      departmentId: departments.get(g.department) ?? null,
      listType: g.listType,
      term: g.term,
      opinionIds: rows.rows.map((o) => o.id),
      note: '',
    });
  }
  return { count: record.count, groups: SAMPLE_GROUPS.length };
}
