/**
 * What `npm start` adds to its server processes' environment (and the
 * benchmarks to theirs, so they measure the server as it runs): glibc's
 * allocator settings for image work, which allocates and frees buffers of
 * tens of megabytes on libuv's threads.
 *
 * MALLOC_ARENA_MAX: glibc gives threads that allocate at once arenas of
 * their own, up to eight per core, and keeps what is freed in each.
 * MALLOC_MMAP_THRESHOLD_: every allocation from 128 KiB up is mapped on its
 * own and handed back to the system when freed. Without it glibc raises the
 * threshold after the first large free, and later image buffers stay in
 * the arenas for good.
 *
 * Eight 12 MP uploads at once (`npm run bench:art`), over the baseline: the
 * defaults peaked at +725 MiB and kept +695 MiB after; two arenas, +371 and
 * +291 MiB; with the fixed threshold too, +288–300 and +65–71 MiB, at the
 * same speed.
 */
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" } as const;
