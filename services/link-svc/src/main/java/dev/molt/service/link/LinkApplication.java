package dev.molt.service.link;

import dev.molt.driver.Driver;
import dev.molt.driver.stage.CompilerVersion;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.StageHost;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * link-svc: the link stage (bundled clang/lld, the runtime library) as gRPC LinkService and as the
 * consumer of molt.stage.link. Nothing it links is ever run here.
 */
@SpringBootApplication
public class LinkApplication {
    public static void main(String[] args) {
        SpringApplication.run(LinkApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    StageHost stageHost(Environment env) throws Exception {
        return StageHost.start(MoltServiceProperties.from(env::getProperty), new LinkHandler(Driver.standard()),
                CompilerVersion.current(), StageHost.DEFAULT_BACKOFF);
    }
}
