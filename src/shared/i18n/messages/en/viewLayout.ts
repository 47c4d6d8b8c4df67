/** Issue 14's view fixes: the timeline's crowded labels, the essay badges' legend, long texts and their limits. */
export const viewLayout = {
  'timeline.more': '+{{count, number}} more',
  'timeline.titleDisagree': '{{title}} (sources disagree)',
  'timeline.groupHeading': '{{count, number}} marks close together',
  'timeline.groupCount': '{{count, number}} marks close together: {{text}}',
  'timeline.findingPrefix': 'Finding:',
  'essay.legendLabel': 'What the margin badges mean',
  'essay.legendFindings': 'Left margin: your findings on a section or paragraph, the bar coloured by stance:',
  'essay.legendTagged': 'linked without a stance',
  'essay.legendEvents': 'Right margin: events on the timeline that bear on it. Select a badge to list them.',
  'detail.showAll': 'Show all ({{count, number}} characters)',
  'detail.showLess': 'Show less',
  'detail.fullText': 'Full text, {{count, number}} characters',
  'editor.lengthNear': '{{length, number}} of {{limit, number}} characters ({{left, number}} left)',
  'editor.lengthOver': '{{over, number}} characters over the limit of {{limit, number}}: shorten the text to save it',
} as const
