package dev.molt.service.api.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.Topics;
import dev.molt.service.records.RecordStore;
import io.grpc.ServerInterceptor;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.grpc.server.GlobalServerInterceptor;

/** Tokens and the records they live in, the REST filter and the gRPC interceptor. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {
  /** How long start-up waits to have read every stored record (a token not yet read would 401). */
  private static final Duration RECORDS_CATCH_UP = Duration.ofSeconds(60);

  @Bean
  AccessProperties accessProperties(Environment environment) {
    return AccessProperties.from(environment::getProperty);
  }

  @Bean(destroyMethod = "close")
  RecordStore recordStore(MoltServiceProperties properties)
      throws InfrastructureException, InterruptedException {
    Topics.ensure(properties.kafkaBootstrapServers());
    RecordStore store = new RecordStore(properties.kafkaBootstrapServers());
    store.start();
    if (!store.awaitCaughtUp(RECORDS_CATCH_UP)) {
      store.close();
      throw new InfrastructureException("could not read the records topic " + Topics.ACCESS + " from Kafka at "
          + properties.kafkaBootstrapServers() + " within " + RECORDS_CATCH_UP.toSeconds() + " s");
    }
    return store;
  }

  @Bean
  Tokens tokens(RecordStore records) {
    return new Tokens(records, Clock.systemUTC());
  }

  @Bean
  Authenticator authenticator(Tokens tokens) {
    return new Authenticator(tokens);
  }

  @Bean
  FilterRegistrationBean<AccessFilter> accessFilter(Authenticator authenticator, ObjectMapper json) {
    FilterRegistrationBean<AccessFilter> registration =
        new FilterRegistrationBean<>(new AccessFilter(authenticator, json));
    registration.addUrlPatterns(AccessFilter.API + "/*");
    return registration;
  }

  @Bean
  @GlobalServerInterceptor
  ServerInterceptor accessInterceptor(Authenticator authenticator) {
    return new AccessInterceptor(authenticator);
  }
}
