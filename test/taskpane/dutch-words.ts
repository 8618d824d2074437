// Dutch words that must not appear in the pane or the browser page in English mode. Kept short and
// specific: words that are not also English, and that a half-done translation leaves behind.
export const DUTCH_WORDS = [
  'Invullen', 'Controleren', 'Clausules', 'Geopend', 'Voorbeeldweergave', 'Voorbeelddocument', 'Leeg document', 'Document openen',
  'afwijking', 'standaardtekst', 'wijkt af', 'ingevuld', 'invulveld', 'velden', 'Opmerking', 'opmerking', 'herstellen', 'Hersteld',
  'Beoordeling', 'beoordelaar', 'Motivering', 'Bijlage', 'Artikel', 'Overweging', 'Verwerker', 'gemeente', 'Ondertekening',
  'Hoofdovereenkomst', 'Partijen', 'Zoek', 'Invoegen', 'invoegen', 'Taakvenster', 'Inhoud van', 'niet', 'een', 'het document', 'de standaard',
  'Let op', 'Geen ', 'Kies', 'Rij ', 'toevoegen', 'verwijderen', 'Sluiten', 'Annuleren', 'Plaatsen', 'bijgehouden', 'wijziging',
  // Field labels, Bijlage 2 options, validation messages and plan summaries.
  'Naam gemeente', 'Vestigingsplaats', 'Algemeen erkende norm', 'Overheidsnorm', 'Goedgekeurde gedragscode', 'Rapportages', 'Eigen controles',
  'Certificaat', 'Ingevuld', 'opgeslagen', 'cijfers', 'KVK-nummer Verwerker', 'Tabel',
];

/** Every Dutch word from the list found in the visible text, aria-labels, titles and placeholders under `root`. */
export function dutchWordsIn(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Words of the document or the standard are marked lang="nl": they are content, not the pane's words.
    if (parent !== null && parent.closest('style, script, textarea, [hidden], [lang="nl"]') === null) texts.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  }
  const all = texts.join('\n');
  return DUTCH_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(all)).map((word) => {
    const at = all.search(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
    return `${word} in “${all.slice(Math.max(0, at - 30), at + 40).replace(/\s+/g, ' ')}”`;
  });
}
