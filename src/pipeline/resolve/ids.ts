/**
 * Lower-case ASCII slug of a name: accents dropped, every other run of non-alphanumerics becomes
 * one underscore ("Bashar al-Assad" → "bashar_al_assad", "Genève" → "geneve").
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}

/** Id of an actor: deterministic from its canonical name, so every article and run agrees. */
export function actorId(canonicalName: string): string {
  return `act_${slugify(canonicalName)}`;
}

/**
 * Id of a place of worship from the key its spellings share (`siteKey`: 'baalshamin' → `plc_site_baalshamin`),
 * so every spelling, article and run agrees.
 */
export function siteId(key: string): string {
  return `plc_site_${slugify(key)}`;
}

/** Id of a place: deterministic from its canonical name. */
export function placeId(canonicalName: string): string {
  return `plc_${slugify(canonicalName)}`;
}
