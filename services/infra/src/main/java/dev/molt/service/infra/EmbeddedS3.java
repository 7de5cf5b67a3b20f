package dev.molt.service.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-compatible server on 127.0.0.1 (s3proxy) over a local folder, or in memory. Clients talk
 * to it with AWS signatures and the given keys, exactly as to MinIO.
 */
public final class EmbeddedS3 implements AutoCloseable {
    private final S3Proxy proxy;
    private final Path dataDir;
    private final String accessKey;
    private final String secretKey;
    private boolean closed;

    private EmbeddedS3(S3Proxy proxy, Path dataDir, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.dataDir = dataDir;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** An in-memory server on a free port. */
    public static EmbeddedS3 start(String accessKey, String secretKey) throws InfraException {
        return start(null, 0, accessKey, secretKey);
    }

    /**
     * @param dataDir the folder holding buckets and objects (kept), or null for memory only
     * @param port    the port on 127.0.0.1, or 0 for a free one
     */
    public static EmbeddedS3 start(Path dataDir, int port, String accessKey, String secretKey) throws InfraException {
        BlobStore store;
        try {
            store = dataDir == null ? new TransientNio2BlobStore()
                    : new FilesystemNio2BlobStore(Folders.dataDir(dataDir, "molt-s3-").toString());
        } catch (IOException e) {
            throw new InfraException("cannot create the S3 data folder " + dataDir + ": " + e.getMessage(), e);
        }
        int bound = Ports.orFree(port);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + bound))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
            // start() returns before Jetty has bound its connector
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline || "FAILED".equals(proxy.getState())) {
                    throw new IllegalStateException("state " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while the S3 server was starting", e);
        } catch (Exception e) {
            throw new InfraException("the embedded S3 server did not start on port " + bound + ": " + e.getMessage(), e);
        }
        return new EmbeddedS3(proxy, dataDir, accessKey, secretKey);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public int port() {
        return proxy.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** The folder the objects live in, or null when they live in memory. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() throws InfraException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new InfraException("stopping the embedded S3 server failed: " + e.getMessage(), e);
        }
    }
}
