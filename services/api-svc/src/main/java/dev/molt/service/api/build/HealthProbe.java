package dev.molt.service.api.build;

import dev.molt.service.common.ArtifactStore;
import dev.molt.service.common.InfrastructureException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Whether the Kafka broker and the object store answer, each within a few seconds. */
public final class HealthProbe implements AutoCloseable {
  private static final int TIMEOUT_MS = 3000;
  /** A key that never exists: a stat of it is answered "missing" by a reachable store. */
  private static final String PROBE_KEY = "health/probe";

  private final Admin admin;
  private final ArtifactStore store;

  public record Check(boolean up, String detail) {}

  public HealthProbe(String bootstrapServers, ArtifactStore store) {
    this.admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS));
    this.store = store;
  }

  public Check kafka() {
    try {
      String cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
          .clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      return new Check(true, "cluster " + cluster);
    } catch (ExecutionException e) {
      return new Check(false, e.getCause().getMessage());
    } catch (TimeoutException e) {
      return new Check(false, "no answer within " + TIMEOUT_MS + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Check(false, "interrupted");
    }
  }

  public Check s3() {
    try {
      store.stat(PROBE_KEY);
      return new Check(true, "bucket " + store.bucket());
    } catch (InfrastructureException e) {
      return new Check(false, e.getMessage());
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
