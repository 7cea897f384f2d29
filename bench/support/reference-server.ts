/** The reference server (sample data) in a child process on a free port, for browser benches. */
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `server/main.ts` on PORT=0; resolves with its URL once it listens. */
export async function startReferenceServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:\d+\//.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child };
}
