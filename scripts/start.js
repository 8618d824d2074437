#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script */
// `npm start`: on Windows and macOS sideloads the add-in into Word with office-addin-debugging.
// On Linux (no Word; that tool would sudo-install certificates and then stop with "Platform not
// supported: linux") it builds when needed and serves the browser page with the example document.
// `npm run start:web -- --document <url>` sideloads into Word on the web.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serveDist } = require('./serve-dist');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

function debuggingCli() {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  return fs.existsSync(bin) ? bin : null;
}

function missingTool() {
  console.error('office-addin-debugging is niet geïnstalleerd (het is een optionele afhankelijkheid).');
  console.error('Installeer het met:  npm install --no-save office-addin-debugging');
  process.exit(1);
}

function sideload(extra) {
  const cli = debuggingCli();
  if (cli === null) missingTool();
  const child = spawn(cli, ['start', 'manifest.xml', ...extra], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  // The pages name their content-hashed scripts and are written anew by every build.
  const page = path.join(root, 'dist', 'index.html');
  const pane = path.join(root, 'dist', 'taskpane.html');
  const cli = path.join(root, 'dist', 'cli', 'vo-assistent.js');
  if (![page, pane, cli].every((file) => fs.existsSync(file))) return true;
  return newestMtime(path.join(root, 'src')) > fs.statSync(page).mtimeMs;
}

async function serveOnLinux() {
  if (needsBuild()) {
    // The whole build (npm run build): the page, the task pane and the command line.
    console.log('Bouwen (npm run build)…');
    const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  const { url } = await serveDist(path.join(root, 'dist'), port);
  console.log('');
  console.log(`VO-assistent draait in de browser, met het voorbeelddocument: ${url}?voorbeeld=1`);
  console.log(`Zonder voorbeeld (eigen .docx openen):                         ${url}`);
  console.log('Word bestaat niet voor Linux; gebruik "npm run start:web -- --document <url>" voor Word op het web.');
  console.log('Stoppen: Ctrl+C');
}

if (args[0] === 'web') {
  const rest = args.slice(1);
  if (!rest.includes('--document')) {
    console.error('Gebruik: npm run start:web -- --document <URL van een document in OneDrive of SharePoint>');
    process.exit(1);
  }
  sideload(['web', ...rest]);
} else if (process.platform === 'linux') {
  serveOnLinux().catch((error) => {
    console.error(`Kan de pagina niet starten: ${error.message}`);
    process.exit(1);
  });
} else {
  sideload(args);
}
