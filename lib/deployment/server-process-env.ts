/**
 * What `npm start` adds to its server processes' environment (and the
 * benchmarks to theirs, so they measure the server as it runs).
 *
 * MALLOC_ARENA_MAX: glibc gives threads that allocate at once arenas of
 * their own, up to eight per core, and keeps what is freed in each. Image
 * work allocates on libuv's threads, so every arena ends up holding
 * buffers' worth of memory. Eight uploads at once peaked at +725 MiB over
 * the baseline with glibc's default and +406 MiB with two arenas
 * (`npm run bench:art`), at the same speed.
 */
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: "2" } as const;
