package dev.molt.service.lowering;

import dev.molt.driver.stage.CompilerVersion;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.StageHost;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** lowering-svc: the lower stage as gRPC LowerService and as the consumer of molt.stage.lower. */
@SpringBootApplication
public class LoweringApplication {
    public static void main(String[] args) {
        SpringApplication.run(LoweringApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    StageHost stageHost(Environment env) throws Exception {
        return StageHost.start(MoltServiceProperties.from(env::getProperty), new LowerHandler(), CompilerVersion.current(),
                StageHost.DEFAULT_BACKOFF);
    }
}
