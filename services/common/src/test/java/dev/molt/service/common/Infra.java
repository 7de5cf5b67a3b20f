package dev.molt.service.common;

import dev.molt.service.infra.EmbeddedS3;
import dev.molt.service.infra.InfraException;
import dev.molt.service.infra.SharedInfra;

/** The shared embedded infrastructure as service properties. */
final class Infra {
    private Infra() {}

    /** Properties pointing at the shared broker and S3 server, with its own bucket. */
    static MoltServiceProperties properties(String bucket) throws InfraException {
        EmbeddedS3 s3 = SharedInfra.s3();
        return MoltServiceProperties.from(key -> key.equals(MoltServiceProperties.S3_BUCKET) ? bucket : null)
                .withKafka(SharedInfra.kafka().bootstrapServers())
                .withS3(s3.endpoint().toString(), s3.accessKey(), s3.secretKey());
    }
}
