#!/usr/bin/env node
import { runCli } from './galley';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
