// `pnpm citydesk <command>`: operations on the database the server would use (DATABASE_URL, else the embedded
// PGlite under DATA_DIR, which must not be held by a running server).
import { runSetupCommand, setupUsage } from './setup-command.ts';

const commands: Record<string, { run: (args: string[]) => Promise<number>; usage: string }> = {
  setup: { run: runSetupCommand, usage: setupUsage },
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(
    `usage: pnpm citydesk <command> [options]\n\ncommands:\n${Object.values(commands)
      .map((c) => c.usage)
      .join('\n')}`,
  );
  process.exitCode = name && name !== '--help' ? 2 : 0;
} else {
  process.exitCode = await command.run(args);
}
