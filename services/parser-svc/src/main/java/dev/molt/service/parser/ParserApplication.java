package dev.molt.service.parser;

import dev.molt.driver.stage.CompilerVersion;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.StageHost;
import dev.molt.service.upload.UploadLimits;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** parser-svc: the parse stage as gRPC ParseService and as the consumer of molt.stage.parse. */
@SpringBootApplication
public class ParserApplication {
    public static void main(String[] args) {
        SpringApplication.run(ParserApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    StageHost stageHost(Environment env) throws Exception {
        MoltServiceProperties properties = MoltServiceProperties.from(env::getProperty);
        ParseHandler handler = new ParseHandler(new UploadLimits(properties.uploadMaxBytes(), properties.uploadMaxFiles()));
        return StageHost.start(properties, handler, CompilerVersion.current(), StageHost.DEFAULT_BACKOFF);
    }
}
