package dev.molt.service.common;

import dev.molt.service.v1.ArtifactRef;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * Artifacts in S3-compatible object storage through the MinIO SDK: MinIO in production, the
 * embedded s3proxy under {@code ./molt up}. Each object carries its sha256 as user metadata so a
 * {@link #stat} gives a complete {@link ArtifactRef} without reading the body.
 */
public final class ArtifactStore implements AutoCloseable {
    private static final String SHA_META = "sha256";
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound");

    private final OkHttpClient http;
    private final MinioClient client;
    private final String bucket;
    private final String endpoint;

    public ArtifactStore(MoltServiceProperties properties) {
        this(properties.s3Endpoint(), properties.s3AccessKey(), properties.s3SecretKey(), properties.s3Region(),
                properties.s3Bucket());
    }

    public ArtifactStore(String endpoint, String accessKey, String secretKey, String region, String bucket) {
        // short connect timeout: "storage down" must surface as a retryable failure, not a hang
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60))
                .build();
        this.client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).region(region)
                .httpClient(http).build();
        this.bucket = bucket;
        this.endpoint = endpoint;
    }

    public String bucket() {
        return bucket;
    }

    /** Creates the bucket unless it exists (several services may race to do it). */
    public void ensureBucket() throws InfrastructureException {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
        } catch (ErrorResponseException e) {
            String code = e.errorResponse().code();
            if (!"BucketAlreadyOwnedByYou".equals(code) && !"BucketAlreadyExists".equals(code)) {
                throw failure("create bucket " + bucket, e);
            }
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw failure("create bucket " + bucket, e);
        }
    }

    /** Stores {@code bytes} under {@code key} (overwriting: keys are content addressed). */
    public ArtifactRef put(String key, byte[] bytes) throws InfrastructureException {
        String sha = ContentKeys.sha256(bytes);
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType("application/octet-stream")
                    .userMetadata(Map.of(SHA_META, sha))
                    .build());
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw failure("put " + key, e);
        }
        return ref(key, sha, bytes.length);
    }

    /** The object's bytes; when {@code ref} names a sha256 the bytes must match it. */
    public byte[] get(ArtifactRef ref) throws InfrastructureException {
        String from = ref.getBucket().isEmpty() ? bucket : ref.getBucket();
        byte[] bytes;
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(from).object(ref.getKey()).build())) {
            bytes = in.readAllBytes();
        } catch (ErrorResponseException e) {
            if (MISSING.contains(e.errorResponse().code())) {
                throw new MissingArtifactException("no object " + from + "/" + ref.getKey() + " in storage", e);
            }
            throw failure("get " + ref.getKey(), e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw failure("get " + ref.getKey(), e);
        }
        if (!ref.getSha256().isEmpty() && !ref.getSha256().equals(ContentKeys.sha256(bytes))) {
            throw new InfrastructureException("object " + from + "/" + ref.getKey() + " does not match its sha256 "
                    + ref.getSha256());
        }
        return bytes;
    }

    public byte[] get(String key) throws InfrastructureException {
        return get(ArtifactRef.newBuilder().setBucket(bucket).setKey(key).build());
    }

    /** The object's reference (with its sha256 and size), or empty when there is none. */
    public Optional<ArtifactRef> stat(String key) throws InfrastructureException {
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            String sha = stat.userMetadata().getOrDefault(SHA_META, "");
            return Optional.of(ref(key, sha, stat.size()));
        } catch (ErrorResponseException e) {
            if (MISSING.contains(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw failure("stat " + key, e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw failure("stat " + key, e);
        }
    }

    public boolean exists(String key) throws InfrastructureException {
        return stat(key).isPresent();
    }

    private ArtifactRef ref(String key, String sha, long size) {
        return ArtifactRef.newBuilder().setBucket(bucket).setKey(key).setSha256(sha).setSize(size).build();
    }

    private InfrastructureException failure(String what, Exception e) {
        String detail = e instanceof ErrorResponseException
                ? ((ErrorResponseException) e).errorResponse().code() + ": " + e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new InfrastructureException("object storage at " + endpoint + " failed to " + what + " (" + detail + ")", e);
    }

    /** Lets the JVM exit at once instead of waiting for OkHttp's idle threads. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
