package dev.molt.service.common;

import dev.molt.service.v1.Stage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The pipeline's Kafka topics and consumer groups (docs/decisions/0050), and their creation. */
public final class Topics {
    public static final String PARSE = "molt.stage.parse";
    public static final String LOWER = "molt.stage.lower";
    public static final String CODEGEN = "molt.stage.codegen";
    public static final String LINK = "molt.stage.link";
    public static final String EVENTS = "molt.build.events";
    public static final String DLQ = "molt.stage.dlq";
    /** api-svc's small durable records (tokens, webhook projects, deliveries): compacted, key = record id. */
    public static final String ACCESS = "molt.access";

    /** Several instances of one stage share its topic's partitions through their group. */
    static final int STAGE_PARTITIONS = 4;

    private Topics() {}

    public static String forStage(Stage stage) {
        switch (stage) {
            case STAGE_PARSE:
                return PARSE;
            case STAGE_LOWER:
                return LOWER;
            case STAGE_CODEGEN:
                return CODEGEN;
            case STAGE_LINK:
                return LINK;
            default:
                throw new IllegalArgumentException("not a compile stage: " + stage);
        }
    }

    /** The consumer group of a stage's services: molt-parser, molt-lowering, molt-codegen, molt-link. */
    public static String group(Stage stage) {
        switch (stage) {
            case STAGE_PARSE:
                return "molt-parser";
            case STAGE_LOWER:
                return "molt-lowering";
            case STAGE_CODEGEN:
                return "molt-codegen";
            case STAGE_LINK:
                return "molt-link";
            default:
                throw new IllegalArgumentException("not a compile stage: " + stage);
        }
    }

    /** The stage after {@code stage}, or null after link. */
    public static Stage next(Stage stage) {
        switch (stage) {
            case STAGE_PARSE:
                return Stage.STAGE_LOWER;
            case STAGE_LOWER:
                return Stage.STAGE_CODEGEN;
            case STAGE_CODEGEN:
                return Stage.STAGE_LINK;
            default:
                return null;
        }
    }

    /** Every topic with its partitions and settings; events are kept forever (they are the state). */
    static List<NewTopic> all() {
        return List.of(
                new NewTopic(PARSE, STAGE_PARTITIONS, (short) 1),
                new NewTopic(LOWER, STAGE_PARTITIONS, (short) 1),
                new NewTopic(CODEGEN, STAGE_PARTITIONS, (short) 1),
                new NewTopic(LINK, STAGE_PARTITIONS, (short) 1),
                new NewTopic(EVENTS, 1, (short) 1).configs(Map.of("retention.ms", "-1", "retention.bytes", "-1")),
                new NewTopic(DLQ, 1, (short) 1).configs(Map.of("retention.ms", "-1")),
                new NewTopic(ACCESS, 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
    }

    /**
     * Creates the topics that do not exist yet; whoever starts first does it and the others find
     * them ("already exists" is not an error).
     */
    public static void ensure(String bootstrapServers) throws InfrastructureException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            CreateTopicsResult result = admin.createTopics(all());
            for (Map.Entry<String, ?> topic : result.values().entrySet()) {
                try {
                    result.values().get(topic.getKey()).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                        throw new InfrastructureException("Kafka at " + bootstrapServers
                                + " did not answer (creating topic " + topic.getKey() + ")", e.getCause());
                    }
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new InfrastructureException("cannot create Kafka topic " + topic.getKey() + " on "
                                + bootstrapServers + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (TimeoutException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " did not answer while creating topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while creating Kafka topics", e);
        }
    }
}
