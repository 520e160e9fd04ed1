/* replay.c -- a main for the fuzz targets without libFuzzer: runs each given file (or every file of a given folder) through LLVMFuzzerTestOneInput once. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Runs one file through the target; returns 0, or -1 when it can't be read.
 * The input gets a buffer of exactly its size, as under libFuzzer, so that
 * the sanitizers see a read past its end. */
static int run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 16, len = 0;
    unsigned char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + len, 1, cap - len, f)) > 0;) {
        len += got;
        if (len == cap) {
            unsigned char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            buf = nb;
        }
    }
    int bad = ferror(f) || !buf;
    fclose(f);
    if (bad) { free(buf); return -1; }
    unsigned char *exact = malloc(len ? len : 1);
    if (!exact) { free(buf); return -1; }
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

int main(int argc, char **argv) {
    long n = 0;
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) != 0) { fprintf(stderr, "replay: cannot read %s\n", argv[i]); return 2; }
        if (!S_ISDIR(sb.st_mode)) {
            if (run_file(argv[i]) != 0) { fprintf(stderr, "replay: cannot read %s\n", argv[i]); return 2; }
            n++;
            continue;
        }
        DIR *d = opendir(argv[i]);
        if (!d) { fprintf(stderr, "replay: cannot open %s\n", argv[i]); return 2; }
        for (struct dirent *e; (e = readdir(d));) {
            if (e->d_name[0] == '.') continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) continue;
            if (run_file(path) != 0) { fprintf(stderr, "replay: cannot read %s\n", path); closedir(d); return 2; }
            n++;
        }
        closedir(d);
    }
    printf("replay: %ld inputs\n", n);
    return 0;
}
