#!/usr/bin/env node
// A committed launcher, so workspace installs can link the command before `dist` is built.
import '../dist/cli.js';
