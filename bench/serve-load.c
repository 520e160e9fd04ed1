/* serve-load.c -- HTTP load client for `threadline serve`: N keep-alive connections replay a list of GET paths and report latency percentiles. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/*
 * usage: serve-load PORT PATHS-FILE REQUESTS CONNECTIONS
 * Connects CONNECTIONS keep-alive sockets to 127.0.0.1:PORT; together they
 * send REQUESTS GETs, the paths of PATHS-FILE (one per line) in turn.  A
 * request is an error unless it answers 200 with its whole body.  Prints
 * one JSON line: requests, errors, seconds, requests/s, p50/p95/p99/max ms.
 */

typedef struct shared {
    int port;
    char **paths;
    size_t n_paths;
    long total;
    atomic_long next;
    atomic_long errors;
    double *lat;     /* ms per request, by request index */
} shared;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int dial(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct timeval tv = {30, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) { close(fd); return -1; }
    return fd;
}

/* One request on fd; 0 when it answered 200 with its whole body. */
static int request(int fd, const char *path, char *buf, size_t cap) {
    char req[4096];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", path);
    if (n <= 0 || (size_t)n >= sizeof req || write(fd, req, (size_t)n) != n) return -1;
    size_t len = 0;
    char *hend = NULL;
    while (!hend) {
        if (len + 1 >= cap) return -1;
        ssize_t r = read(fd, buf + len, cap - 1 - len);
        if (r <= 0) return -1;
        len += (size_t)r;
        buf[len] = 0;
        hend = strstr(buf, "\r\n\r\n");
    }
    int status = atoi(buf + 9);
    char *cl = strcasestr(buf, "\r\nContent-Length:");
    if (!cl || cl > hend) return -1;
    long body = atol(cl + 17), have = (long)(len - (size_t)(hend + 4 - buf));
    while (have < body) {
        ssize_t r = read(fd, buf, cap - 1);
        if (r <= 0) return -1;
        have += r;
    }
    return status == 200 && have == body ? 0 : -1;
}

static void *worker(void *p) {
    shared *s = p;
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    int fd = dial(s->port);
    for (;;) {
        long i = atomic_fetch_add(&s->next, 1);
        if (i >= s->total) break;
        double t = now_ms();
        int ok = fd >= 0 && buf && request(fd, s->paths[(size_t)i % s->n_paths], buf, cap) == 0;
        s->lat[i] = now_ms() - t;
        if (!ok) {
            atomic_fetch_add(&s->errors, 1);
            if (fd >= 0) close(fd);
            fd = dial(s->port);
        }
    }
    if (fd >= 0) close(fd);
    free(buf);
    return NULL;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: serve-load PORT PATHS-FILE REQUESTS CONNECTIONS\n"); return 2; }
    shared s = {.port = atoi(argv[1]), .total = atol(argv[3])};
    int conns = atoi(argv[4]);
    FILE *f = fopen(argv[2], "r");
    if (!f || s.total <= 0 || conns <= 0 || conns > 1024) { fprintf(stderr, "serve-load: bad arguments\n"); return 2; }
    char line[4096];
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0]) continue;
        if (s.n_paths == cap) {
            cap = cap ? cap * 2 : 1024;
            s.paths = realloc(s.paths, cap * sizeof *s.paths);
            if (!s.paths) return 1;
        }
        s.paths[s.n_paths++] = strdup(line);
    }
    fclose(f);
    if (!s.n_paths) { fprintf(stderr, "serve-load: no paths\n"); return 2; }
    s.lat = calloc((size_t)s.total, sizeof *s.lat);
    pthread_t *th = calloc((size_t)conns, sizeof *th);
    if (!s.lat || !th) return 1;
    double t0 = now_ms();
    for (int i = 0; i < conns; i++) pthread_create(&th[i], NULL, worker, &s);
    for (int i = 0; i < conns; i++) pthread_join(th[i], NULL);
    double secs = (now_ms() - t0) / 1e3;
    qsort(s.lat, (size_t)s.total, sizeof *s.lat, cmp);
#define PCT(p) s.lat[(size_t)((double)(s.total - 1) * (p))]
    printf("{\"requests\": %ld, \"connections\": %d, \"errors\": %ld, \"seconds\": %.2f, \"requests_per_s\": %.0f,"
           " \"p50_ms\": %.2f, \"p95_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}\n",
           s.total, conns, (long)atomic_load(&s.errors), secs, (double)s.total / secs, PCT(0.50), PCT(0.95), PCT(0.99),
           s.lat[s.total - 1]);
    for (size_t i = 0; i < s.n_paths; i++) free(s.paths[i]);
    free(s.paths);
    free(s.lat);
    free(th);
    return 0;
}
