// The address the add-in is served from (ADDIN_URL at build time) and the manifest rewritten for it.
// Office only loads add-ins over HTTPS, and every URL in the manifest is the address plus a file
// name, so the address must be https and end in a slash: checked here, before anything is built.

const DEFAULT_ADDIN_URL = 'https://vo-assistent.example.nl/';

/** The checked address with a trailing slash; throws a Dutch message for anything Office cannot load. */
function addinUrl(value) {
  const raw = value === undefined || value.trim() === '' ? DEFAULT_ADDIN_URL : value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is geen geldig adres (voorbeeld: https://vo-assistent.gemeente.nl/).`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL "${raw}" moet met https:// beginnen: Office laadt invoegtoepassingen alleen via HTTPS.`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`ADDIN_URL "${raw}" mag geen ?, # of gebruikersnaam bevatten.`);
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest with every URL under `from` (and its origin, as in AppDomains) moved to `to`. */
function rewriteManifest(content, from, to) {
  const fromOrigin = new URL(from).origin;
  const toOrigin = new URL(to).origin;
  return content.split(from).join(to).split(fromOrigin).join(toOrigin);
}

module.exports = { DEFAULT_ADDIN_URL, addinUrl, rewriteManifest };
