/**
 * Words that say nothing about which fact a claim states: function words, and the reporting
 * verbs and fillers that every news sentence carries ("said", "also", "according").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost along already also although always am among an and another any
  are around as at away back be because been before being below between both but by can cannot could did do does
  doing done down during each either else enough even ever every few for from further had has have having he her
  here hers herself him himself his how however i if in into is it its itself just least less like likely made many
  may me might more most much must my myself near nearly neither no nor not now of off often on once one only onto
  or other others otherwise our ours ourselves out over own per perhaps quite rather really same several she should
  since so some such than that the their theirs them themselves then there these they this those though through
  thus to too toward towards under until up upon us very via was we were what whatever when where whether which
  while who whom whose why will with within without would yet you your yours yourself
  say says said saying tell tells told telling according added adding noted reportedly reported report reports
  stated says mr mrs ms dr st also still just its it's it’s s t don't let lets get gets got make makes making
  new news hold held holding take took taken takes come came go went include included including
  become became seem seemed`
    .split(/\s+/u)
    .filter(Boolean),
);
