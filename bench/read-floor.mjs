// The floor: reading the file in Node, 1 MiB at a time, doing nothing with it.
import { createReadStream } from 'node:fs';
let bytes = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) bytes += chunk.length;
console.log(`read ${bytes} bytes`);
