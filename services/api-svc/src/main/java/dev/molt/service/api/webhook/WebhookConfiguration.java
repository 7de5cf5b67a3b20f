package dev.molt.service.api.webhook;

import dev.molt.service.api.build.Builds;
import dev.molt.service.records.RecordStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** Projects, deliveries, the repository fetcher and the commit status poster. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {
  @Bean
  WebhookProperties webhookProperties(Environment environment) {
    String url = environment.getProperty(WebhookProperties.PUBLIC_URL, "").strip();
    DataSize max = environment.getProperty(WebhookProperties.MAX_REPO_BYTES, DataSize.class,
        DataSize.ofMegabytes(100));
    Duration timeout = environment.getProperty(WebhookProperties.FETCH_TIMEOUT, Duration.class,
        Duration.ofSeconds(60));
    return new WebhookProperties(url.isEmpty() ? Optional.empty() : Optional.of(url.replaceAll("/+$", "")),
        max.toBytes(), timeout);
  }

  @Bean
  Projects projects(RecordStore records) {
    return new Projects(records, Clock.systemUTC());
  }

  @Bean
  Deliveries deliveries(RecordStore records) {
    return new Deliveries(records);
  }

  @Bean
  WebhookBuilds webhookBuilds(Builds builds, WebhookProperties properties) {
    return new WebhookBuilds(new RepoFetcher(properties.maxRepoBytes(), properties.fetchTimeout(), builds.limits()),
        builds);
  }

  @Bean(destroyMethod = "close")
  CommitStatuses commitStatuses(Builds builds) {
    return new CommitStatuses(builds);
  }
}
