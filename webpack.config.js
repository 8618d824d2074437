/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, read by webpack-cli */
// Builds the Word task pane (taskpane.html, office.js from Microsoft's CDN), the ribbon commands
// (when src/commands exists) and the browser page (index.html, no office.js).
// Production rewrites https://localhost:3000/ in the manifests to ADDIN_URL, as Microsoft's
// template does. Scripts carry a content hash in their names, so a web server may cache them for a
// year (deploy/nginx/vo-assistent.conf); the HTML pages and the manifest keep fixed names.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const { addinUrl, rewriteManifest } = require('./scripts/addin-url');

const urlProd = addinUrl(process.env.ADDIN_URL);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

const commandsScript = path.resolve(__dirname, 'src/commands/commands.ts');
const commandsPage = path.resolve(__dirname, 'src/commands/commands.html');
const hasCommands = fs.existsSync(commandsScript) && fs.existsSync(commandsPage);

/** Existing dev certificates, without installing any (installing needs sudo on Linux). */
function existingHttpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/** https with office-addin-dev-certs where Office can use it; plain http for the browser page on Linux. */
async function serverOptions() {
  if (process.env.VO_HTTP === '1') return { type: 'http' };
  const existing = existingHttpsOptions();
  if (existing) return { type: 'https', options: existing };
  if (process.platform === 'linux') return { type: 'http' };
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch {
    return { type: 'http' };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    web: './src/web/index.tsx',
  };
  if (hasCommands) entry.commands = commandsScript;

  const plugins = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets', noErrorOnMissing: true },
        {
          from: 'manifest*.xml',
          to: '[name][ext]',
          noErrorOnMissing: true,
          transform(content) {
            return dev ? content : rewriteManifest(content.toString(), urlDev, urlProd);
          },
        },
      ],
    }),
  ];
  if (hasCommands) plugins.push(new HtmlWebpackPlugin({ filename: 'commands.html', template: commandsPage, chunks: ['commands'] }));

  return {
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash].js',
      // Old hashed bundles go; the command line that tsc wrote into dist/cli, dist/core … stays.
      clean: { keep: (asset) => /[\\/]/.test(asset) },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: dev, declaration: false },
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 1200 * 1024, maxAssetSize: 1200 * 1024 },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist'), watch: false },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: dev ? await serverOptions() : 'http',
      port,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
