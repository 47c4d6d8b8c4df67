/** 问题 14 的视图修正：时间轴上拥挤的标签、论文标记的图例、长文本及其字数上限。 */
export const viewLayout = {
  'timeline.more': '另有 {{count, number}} 项',
  'timeline.titleDisagree': '{{title}}（各来源说法不一）',
  'timeline.groupHeading': '{{count, number}} 个相邻标记',
  'timeline.groupCount': '{{count, number}} 个相邻标记：{{text}}',
  'timeline.findingPrefix': '史料记录：',
  'essay.legendLabel': '页边标记的含义',
  'essay.legendFindings': '左侧页边：与该节或该段相关的史料记录，色条按立场着色：',
  'essay.legendTagged': '已关联但未标立场',
  'essay.legendEvents': '右侧页边：时间轴上与之相关的事件。选择标记即可列出。',
  'detail.showAll': '显示全部（{{count, number}} 字）',
  'detail.showLess': '收起',
  'detail.fullText': '全文，{{count, number}} 字',
  'editor.lengthNear': '{{length, number}} / {{limit, number}} 字（尚余 {{left, number}} 字）',
  'editor.lengthOver': '超出 {{limit, number}} 字上限 {{over, number}} 字：请删减后再保存',
} as const
