# armswatch in a container: `docker compose up` (compose.yaml, docs/deploy.md)
# or `docker build -t armswatch .`.
#
# Build stage: a static binary. CGO is off: the SQLite driver
# (modernc.org/sqlite) and everything else are pure Go.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/armswatch ./cmd/armswatch

# Run stage: the binary, CA certificates for https fetches, busybox's wget
# for the healthchecks, and an unprivileged user. /data holds a SQLite
# register or the files given to `ingest --queue` (a volume shared with the
# workers).
FROM alpine:3.22
RUN apk add --no-cache ca-certificates tzdata \
    && adduser -D -H -u 10001 armswatch \
    && mkdir /data && chown armswatch /data
COPY --from=build /out/armswatch /usr/local/bin/armswatch
USER armswatch
WORKDIR /data
EXPOSE 8080 9090
ENTRYPOINT ["armswatch"]
CMD ["help"]
