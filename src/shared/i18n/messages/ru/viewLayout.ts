/** Исправления видов по задаче 14: тесные подписи шкалы времени, легенда значков эссе, длинные тексты и их предел. */
export const viewLayout = {
  'timeline.more': 'ещё {{count, number}}',
  'timeline.titleDisagree': '{{title}} (источники расходятся)',
  'timeline.groupHeading': 'Отметок рядом: {{count, number}}',
  'timeline.groupCount': 'Отметок рядом: {{count, number}}: {{text}}',
  'timeline.findingPrefix': 'Находка:',
  'essay.legendLabel': 'Что означают значки на полях',
  'essay.legendFindings': 'Левое поле: ваши находки по разделу или абзацу, полоса окрашена по позиции:',
  'essay.legendTagged': 'связана без позиции',
  'essay.legendEvents': 'Правое поле: события шкалы времени, относящиеся к нему. Выберите значок, чтобы увидеть список.',
  'detail.showAll': 'Показать всё ({{count, number}} знаков)',
  'detail.showLess': 'Свернуть',
  'detail.fullText': 'Полный текст, {{count, number}} знаков',
  'editor.lengthNear': '{{length, number}} из {{limit, number}} знаков (осталось {{left, number}})',
  'editor.lengthOver': 'На {{over, number}} знаков больше предела в {{limit, number}}: сократите текст, чтобы сохранить',
} as const
