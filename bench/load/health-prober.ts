// Asks /healthz five times a second for the given seconds and prints one JSON line of what it saw. It runs
// as a process of its own: timed from inside the load generator, every answer would also carry the
// generator's own event-loop lag (hundreds of simulated users and sockets), which is not the server's.
const [url, seconds] = [process.argv[2]!, Number(process.argv[3])];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answers: { ms: number; status: number }[] = [];
const until = Date.now() + seconds * 1000;
while (Date.now() < until) {
  const t0 = performance.now();
  const status = await fetch(`${url}/healthz`).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
    () => 0,
  );
  answers.push({ ms: performance.now() - t0, status });
  await sleep(200);
}
console.log(JSON.stringify(answers));
