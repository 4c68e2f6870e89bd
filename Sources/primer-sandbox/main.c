// primer-sandbox: the trampoline between the grader and a learner's program.
//
//   primer-sandbox [--cpu SECONDS] [--address-space BYTES] [--data BYTES]
//                  [--file-size BYTES] [--processes N] [--cgroup DIR]... [--isolate]
//                  [--status-fd FD] [--chdir DIR] [--disk BYTES] [--keep DIR]... [--user UID]
//                  [--parent PID] [--gate FD] -- PROGRAM [ARG...]
//
// It joins the given cgroups, applies the resource limits with setrlimit (the kernel keeps
// them across execv), and with --isolate moves into a fresh PID, network and mount namespace.
// Without root it first enters a user namespace of its own (where the kernel allows
// unprivileged ones), mapping the user to itself: the program keeps the user's identity on
// files but gets the same namespaces, private files and total disk cap as under root, and
// --processes becomes RLIMIT_NPROC, which the kernel counts per user namespace.
// It then forks a reaper that is PID 1 of that namespace (the learner's program must never be
// PID 1: signals and abort() behave differently there), and the reaper forks and execs the
// program. When the program ends, the reaper writes one status line to the status descriptor
//
//   exited CODE|signaled SIGNAL|exec-failed ERRNO  USER_MICROSECONDS SYSTEM_MICROSECONDS
//   MAX_RSS_KIB ISOLATION DISK_USED_KIB
//
// where ISOLATION is "pid+net" (PID, network and mount namespaces, /proc remounted),
// "user+pid+net" (the same inside a user namespace of our own), "net" or "none" (an ordinary
// user where the kernel refuses user namespaces: the supervisor's process-group kill is then
// all there is), and
// DISK_USED_KIB is what the run's private file system held at the end (-1 without one),
// and exits; with --user the program runs as that user and group (the working folder is
// given to it first). The kernel then kills every process left in the namespace, including
// those that left the process group with setsid, and frees the private file system.
// The status descriptor is closed in the program.
//
// With --disk (and a mount namespace) the run gets one private tmpfs of BYTES, its total
// disk: its folders are bound onto the working folder, /tmp, /var/tmp and /dev/shm, so
// nothing the program writes is seen by other runs or outlives it; every other mount is made
// read-only for the run (in its own mount namespace only), so the program writes nowhere
// else, even where its user may write. Each --keep DIR (the run
// folder, the program's folder) stays reachable at its path even when it lies under one of
// those folders. The trampoline also dies with its parent (PR_SET_PDEATHSIG), and so, with
// the reaper, does the whole namespace; given --parent, it stops at once if its parent was
// already gone when it started.
//
// With --gate FD, everything up to starting the program (cgroups, limits, namespaces, private
// files) is done at once, and the program starts only when one byte arrives on FD: the grader
// prepares a learner's run while the compiler is still making the program. If FD reaches its
// end first (the program did not compile), the trampoline exits 0 without a status line.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

static void fail(const char *what) {
  dprintf(2, "primer-sandbox: %s: %s\n", what, strerror(errno));
  _exit(125);
}

// In the program's process before execv: report errno to the reaper through the exec pipe.
static int exec_report = -1;

static void child_fail(const char *what) {
  int error = errno;
  dprintf(2, "primer-sandbox: %s: %s\n", what, strerror(error));
  (void)!write(exec_report, &error, sizeof error);
  _exit(127);
}

static void usage(void) {
  dprintf(2, "usage: primer-sandbox [--cpu S] [--address-space B] [--data B] [--file-size B] "
             "[--processes N] [--cgroup DIR]... [--isolate] [--status-fd FD] [--chdir DIR] "
             "[--disk B] "
             "[--keep DIR]... [--user UID] [--parent PID] [--gate FD] "
             "-- PROGRAM [ARG...]\n");
  _exit(125);
}

static void set_limit(int resource, rlim_t soft, rlim_t hard, const char *name) {
  struct rlimit limit = {soft, hard};
  if (setrlimit(resource, &limit) != 0) fail(name);
}

static void join_cgroup(const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/cgroup.procs", dir);
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail(path);
  char pid[32];
  int length = snprintf(pid, sizeof pid, "%d\n", (int)getpid());
  if (write(fd, pid, (size_t)length) != length) fail(path);
  close(fd);
}

// Binds the folder open on descriptor `fd` onto `target` (both through /proc/self/fd when
// given as descriptors), with everything mounted under it when `recursive`.
static void bind_descriptor(int fd, const char *sub, const char *target, int recursive) {
  char source[4096];
  if (sub) snprintf(source, sizeof source, "/proc/self/fd/%d/%s", fd, sub);
  else snprintf(source, sizeof source, "/proc/self/fd/%d", fd);
  if (mount(source, target, NULL, MS_BIND | (recursive ? MS_REC : 0), NULL) != 0) fail(target);
}

// mkdir -p for a folder of the private /tmp: root's, searchable by all.
static void make_path(const char *path) {
  char partial[4096];
  size_t length = strlen(path);
  if (length >= sizeof partial) { errno = ENAMETOOLONG; fail(path); }
  for (size_t end = 1; end <= length; end++) {
    if (path[end] != '/' && path[end] != '\0') continue;
    memcpy(partial, path, end);
    partial[end] = '\0';
    if (mkdir(partial, 0755) != 0 && errno != EEXIST) fail(partial);
  }
}

static int write_text(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t length = (ssize_t)strlen(text);
  ssize_t written = write(fd, text, (size_t)length);
  close(fd);
  return written == length ? 0 : -1;
}

// Moves into new user, PID, network and mount namespaces, the user and group mapped to
// themselves (the only mapping an unprivileged process may write). Inside, this process holds
// every capability over the new namespaces (to mount the private files and /proc); the
// program, which runs as the same non-zero user, loses them at execv. Returns -1, changing
// nothing, where the kernel refuses unprivileged user namespaces.
static int enter_user_namespace(void) {
  uid_t uid = getuid();
  gid_t gid = getgid();
  if (unshare(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS) != 0) return -1;
  char map[64];
  // setgroups must be denied before an unprivileged process may write its gid_map.
  if (write_text("/proc/self/setgroups", "deny") != 0 && errno != ENOENT) fail("setgroups");
  snprintf(map, sizeof map, "%u %u 1\n", (unsigned)uid, (unsigned)uid);
  if (write_text("/proc/self/uid_map", map) != 0) fail("uid_map");
  snprintf(map, sizeof map, "%u %u 1\n", (unsigned)gid, (unsigned)gid);
  if (write_text("/proc/self/gid_map", map) != 0) fail("gid_map");
  return 0;
}

// Turns `\040`-style escapes of /proc/self/mountinfo back into bytes, in place.
static void unescape_octal(char *text) {
  char *out = text;
  for (char *in = text; *in; in++) {
    if (in[0] == '\\' && in[1] >= '0' && in[1] <= '3' && in[2] >= '0' && in[2] <= '7' &&
        in[3] >= '0' && in[3] <= '7') {
      *out++ = (char)((in[1] - '0') * 64 + (in[2] - '0') * 8 + (in[3] - '0'));
      in += 3;
    } else {
      *out++ = *in;
    }
  }
  *out = '\0';
}

// Makes every mount of this (private) mount namespace read-only: a bind remount changes the
// mount in this namespace only, never the file system, which stays writable for everyone
// else. The flags the mount already has (nosuid, nodev, noexec, atime) are kept, as the
// kernel requires inside a user namespace. A mount that refuses (hidden under another) is
// left as it is.
static void seal_mounts(void) {
  FILE *table = fopen("/proc/self/mountinfo", "re");
  if (!table) fail("/proc/self/mountinfo");
  char line[8192];
  while (fgets(line, sizeof line, table)) {
    // ID PARENT MAJOR:MINOR ROOT MOUNT_POINT OPTIONS ...
    char *field = line, *point = NULL;
    for (int f = 0; f < 5 && field; f++) {
      char *space = strchr(field, ' ');
      if (f == 4) point = field;
      if (space) *space = '\0';
      field = space ? space + 1 : NULL;
    }
    if (!point) continue;
    unescape_octal(point);
    struct statvfs now;
    if (statvfs(point, &now) != 0 || (now.f_flag & ST_RDONLY)) continue;
    unsigned long kept = 0;
    if (now.f_flag & ST_NOSUID) kept |= MS_NOSUID;
    if (now.f_flag & ST_NODEV) kept |= MS_NODEV;
    if (now.f_flag & ST_NOEXEC) kept |= MS_NOEXEC;
    if (now.f_flag & ST_NOATIME) kept |= MS_NOATIME;
    if (now.f_flag & ST_NODIRATIME) kept |= MS_NODIRATIME;
    if (now.f_flag & ST_RELATIME) kept |= MS_RELATIME;
    (void)mount(NULL, point, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | kept, NULL);
  }
  fclose(table);
}

enum { max_kept = 8 };

// One tmpfs of `bytes` for the run: its `work` folder is bound onto `work` (the working
// folder), `tmp`, `var-tmp` and `shm` onto /tmp, /var/tmp and /dev/shm. Folders in `kept`
// are bound back at their own paths when those now lie in the private /tmp. Returns a
// descriptor on the tmpfs, to measure what the run wrote.
static int private_files(long long bytes, const char *work, char **kept, int kept_count) {
  int kept_fd[max_kept];
  struct stat kept_stat[max_kept];
  for (int k = 0; k < kept_count; k++) {
    kept_fd[k] = open(kept[k], O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (kept_fd[k] < 0 || fstat(kept_fd[k], &kept_stat[k]) != 0) fail(kept[k]);
  }
  char options[64];
  snprintf(options, sizeof options, "size=%lld,mode=0755", bytes);
  if (mount("primer-run", work, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) fail("mount tmpfs");
  int disk = open(work, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (disk < 0) fail(work);
  static const char *const shared[][2] = {
      {"tmp", "/tmp"}, {"var-tmp", "/var/tmp"}, {"shm", "/dev/shm"}};
  for (size_t s = 0; s < sizeof shared / sizeof shared[0]; s++) {
    if (mkdirat(disk, shared[s][0], 0) != 0 || fchmodat(disk, shared[s][0], 01777, 0) != 0)
      fail(shared[s][0]);
    struct stat there;
    if (stat(shared[s][1], &there) == 0 && S_ISDIR(there.st_mode))
      bind_descriptor(disk, shared[s][0], shared[s][1], 0);
  }
  if (mkdirat(disk, "work", 0755) != 0) fail("work");
  char top[64];
  snprintf(top, sizeof top, "/proc/self/fd/%d", disk);
  bind_descriptor(disk, "work", top, 0);
  for (int k = 0; k < kept_count; k++) {
    struct stat now;
    if (stat(kept[k], &now) == 0 && now.st_dev == kept_stat[k].st_dev &&
        now.st_ino == kept_stat[k].st_ino)
      continue;
    make_path(kept[k]);
    bind_descriptor(kept_fd[k], NULL, kept[k], 1);
    close(kept_fd[k]);
  }
  return disk;
}

static long long microseconds(struct timeval t) {
  return (long long)t.tv_sec * 1000000LL + (long long)t.tv_usec;
}

int main(int argc, char **argv) {
  long long cpu = 0, address_space = 0, data = 0, file_size = -1, processes = 0;
  int status_fd = -1, isolate = 0, i = 1;
  long long user = -1, disk_bytes = 0, parent = 0;
  int gate = -1;
  const char *work = NULL;
  char *kept[max_kept];
  int kept_count = 0;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) { i++; break; }
    if (i + 1 >= argc && strcmp(a, "--isolate") != 0) usage();
    if (strcmp(a, "--cpu") == 0) cpu = atoll(argv[++i]);
    else if (strcmp(a, "--address-space") == 0) address_space = atoll(argv[++i]);
    else if (strcmp(a, "--data") == 0) data = atoll(argv[++i]);
    else if (strcmp(a, "--file-size") == 0) file_size = atoll(argv[++i]);
    else if (strcmp(a, "--processes") == 0) processes = atoll(argv[++i]);
    else if (strcmp(a, "--status-fd") == 0) status_fd = atoi(argv[++i]);
    else if (strcmp(a, "--cgroup") == 0) join_cgroup(argv[++i]);
    else if (strcmp(a, "--isolate") == 0) isolate = 1;
    else if (strcmp(a, "--chdir") == 0) work = argv[++i];
    else if (strcmp(a, "--disk") == 0) disk_bytes = atoll(argv[++i]);
    else if (strcmp(a, "--keep") == 0 && kept_count < max_kept) kept[kept_count++] = argv[++i];
    else if (strcmp(a, "--user") == 0) user = atoll(argv[++i]);
    else if (strcmp(a, "--parent") == 0) parent = atoll(argv[++i]);
    else if (strcmp(a, "--gate") == 0) gate = atoi(argv[++i]);
    else usage();
  }
  if (i >= argc) usage();
  char **program = &argv[i];

  // Die with the supervisor: it spawned us from a thread that stays blocked supervising us.
  // If it died before this line, we were already handed to init: stop.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (parent > 0 && getppid() != parent) _exit(125);

  // Soft limit t raises SIGXCPU; hard limit t + 1 kills with SIGKILL if SIGXCPU is caught.
  if (cpu > 0) set_limit(RLIMIT_CPU, (rlim_t)cpu, (rlim_t)cpu + 1, "RLIMIT_CPU");
  if (address_space > 0)
    set_limit(RLIMIT_AS, (rlim_t)address_space, (rlim_t)address_space, "RLIMIT_AS");
  // Private writable memory per process: the memory bound without a cgroup, harmless to the
  // compiler (unlike RLIMIT_AS, it does not count address space reserved but never written).
  if (data > 0) set_limit(RLIMIT_DATA, (rlim_t)data, (rlim_t)data, "RLIMIT_DATA");
  if (file_size >= 0) set_limit(RLIMIT_FSIZE, (rlim_t)file_size, (rlim_t)file_size, "RLIMIT_FSIZE");
  set_limit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE");

  const char *isolation = "none";
  int disk = -1;
  // A PID namespace needs its own /proc (so a mount namespace): the Swift backtracer reads
  // /proc/self, which would otherwise show the parent namespace's process with our number.
  if (isolate) {
    if (unshare(CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS) == 0) isolation = "pid+net";
    else if (geteuid() != 0 && enter_user_namespace() == 0) {
      isolation = "user+pid+net";
      // Counted for this user in this namespace only (Linux ≥ 5.14), so other processes of
      // the user do not count against the run, and the run cannot starve them.
      if (processes > 0)
        set_limit(RLIMIT_NPROC, (rlim_t)processes, (rlim_t)processes, "RLIMIT_NPROC");
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (parent > 0 && getppid() != parent) _exit(125);
    } else if (unshare(CLONE_NEWNET) == 0) isolation = "net";
  }
  int namespaced = strcmp(isolation, "pid+net") == 0 || strcmp(isolation, "user+pid+net") == 0;

  pid_t reaper = fork();
  if (reaper < 0) fail("fork");
  if (reaper > 0) {
    // The outer process only waits: the supervisor kills its process group on a deadline.
    int status;
    while (waitpid(reaper, &status, 0) < 0 && errno == EINTR) {}
    _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 125);
  }

  // The reaper: PID 1 of the new namespace when isolated. It dies with the outer process.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() == 1 && strcmp(isolation, "none") == 0) _exit(125);
  if (namespaced) {
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) fail("mount --make-rprivate /");
    // A folder that may not be given to the run's user (shared, or not ours) gets no tmpfs
    // either: the program's own check below refuses it as it stands.
    struct stat folder;
    int ours = work && stat(work, &folder) == 0 && (folder.st_mode & S_ISVTX) == 0 &&
               folder.st_uid == getuid();
    int private = disk_bytes > 0 && work && (user < 0 || ours);
    if (private) seal_mounts();
    if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0)
      fail("mount /proc");
    if (private) disk = private_files(disk_bytes, work, kept, kept_count);
  }
  if (work && chdir(work) != 0) fail("chdir");
  if (gate >= 0) {
    char go;
    ssize_t got_go;
    while ((got_go = read(gate, &go, 1)) < 0 && errno == EINTR) {}
    close(gate);
    if (got_go != 1) _exit(0);
  }

  int exec_pipe[2];
  if (pipe2(exec_pipe, O_CLOEXEC) != 0) fail("pipe2");
  pid_t child = fork();
  if (child < 0) fail("fork");
  if (child == 0) {
    exec_report = exec_pipe[1];
    if (status_fd >= 0) fcntl(status_fd, F_SETFD, FD_CLOEXEC);
    if (user >= 0) {
      // Run as an unprivileged user that owns only the working folder. A shared folder
      // (sticky, like /tmp) or one not owned by us is never given away.
      struct stat folder;
      if (stat(".", &folder) != 0) child_fail("stat working folder");
      if ((folder.st_mode & S_ISVTX) != 0 || folder.st_uid != getuid()) {
        errno = EPERM;
        child_fail("the working folder is shared or not ours; refusing to give it away");
      }
      if (chown(".", (uid_t)user, (gid_t)user) != 0) child_fail("chown working folder");
      if (setgroups(0, NULL) != 0 || setgid((gid_t)user) != 0 || setuid((uid_t)user) != 0)
        child_fail("drop privileges");
    }
    execv(program[0], program);
    child_fail(program[0]);
  }
  close(exec_pipe[1]);
  int exec_error = 0;
  ssize_t got;
  while ((got = read(exec_pipe[0], &exec_error, sizeof exec_error)) < 0 && errno == EINTR) {}
  if (got != (ssize_t)sizeof exec_error) exec_error = 0;

  for (;;) {
    int status;
    struct rusage usage;
    pid_t ended = wait4(-1, &status, 0, &usage);
    if (ended < 0) {
      if (errno == EINTR) continue;
      _exit(125);
    }
    if (ended != child) continue;  // an orphan adopted by the reaper
    if (status_fd >= 0) {
      char kind[32];
      if (exec_error != 0) snprintf(kind, sizeof kind, "exec-failed %d", exec_error);
      else if (WIFEXITED(status)) snprintf(kind, sizeof kind, "exited %d", WEXITSTATUS(status));
      else snprintf(kind, sizeof kind, "signaled %d", WTERMSIG(status));
      long long used_kib = -1;
      struct statfs files;
      if (disk >= 0 && fstatfs(disk, &files) == 0)
        used_kib = (long long)(files.f_blocks - files.f_bfree) * (long long)files.f_bsize / 1024;
      dprintf(status_fd, "%s %lld %lld %ld %s %lld\n", kind, microseconds(usage.ru_utime),
              microseconds(usage.ru_stime), usage.ru_maxrss, isolation, used_kib);
    }
    _exit(0);
  }
}
