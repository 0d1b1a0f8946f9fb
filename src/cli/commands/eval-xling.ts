import type { Command } from 'commander';
export function registerEvalXlingCommand(_program: Command): void {}
