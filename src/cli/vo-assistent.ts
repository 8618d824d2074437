#!/usr/bin/env node
import { nodeIO } from './io';
import { runCli } from './main';

void runCli(process.argv.slice(2), nodeIO).then((status) => {
  process.exitCode = status;
});
