// The order settings are offered in wherever people set an element up on a platform (the WordPress block sidebar,
// the Shopify theme editor): by the declaration's groups (SETTING_GROUPS), and within a group the settings that
// pick the element's items first (which questions, then the others), then the declaration's order.
import {SETTINGS, SETTING_GROUPS} from '../../build/src/internal/settings.js';

const declared = Object.keys(SETTINGS);
const rank = (name) =>
  (SETTINGS[name].kind === 'ids' ? -1 : SETTINGS[name].list ? 0 : 1) * declared.length + declared.indexOf(name);

/** The setting names offered, as [group, names in order] for each group that has any, in the groups' order. */
export function settingsByGroup(names) {
  return SETTING_GROUPS.map((group) => [
    group,
    names.filter((name) => SETTINGS[name].group === group).sort((a, b) => rank(a) - rank(b)),
  ]).filter(([, inGroup]) => inGroup.length);
}
