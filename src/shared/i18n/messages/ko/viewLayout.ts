/** 이슈 14의 화면 수정: 연표의 붐비는 표지, 논문 배지의 범례, 긴 본문과 글자 수 한도. */
export const viewLayout = {
  'timeline.more': '외 {{count, number}}건',
  'timeline.titleDisagree': '{{title}} (출처마다 날짜가 다름)',
  'timeline.groupHeading': '가까이 모인 표지 {{count, number}}개',
  'timeline.groupCount': '가까이 모인 표지 {{count, number}}개: {{text}}',
  'timeline.findingPrefix': '사료 기록:',
  'essay.legendLabel': '여백 배지의 뜻',
  'essay.legendFindings': '왼쪽 여백: 이 절이나 문단에 관한 사료 기록, 막대 색은 입장을 나타냅니다:',
  'essay.legendTagged': '입장 없이 연결됨',
  'essay.legendEvents': '오른쪽 여백: 이에 관련된 연표의 사건. 배지를 선택하면 목록이 열립니다.',
  'detail.showAll': '모두 보기 ({{count, number}}자)',
  'detail.showLess': '접기',
  'detail.fullText': '전문, {{count, number}}자',
  'editor.lengthNear': '{{limit, number}}자 중 {{length, number}}자 ({{left, number}}자 남음)',
  'editor.lengthOver': '한도 {{limit, number}}자를 {{over, number}}자 넘었습니다: 줄여야 저장할 수 있습니다',
} as const
