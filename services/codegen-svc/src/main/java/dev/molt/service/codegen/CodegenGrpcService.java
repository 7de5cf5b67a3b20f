package dev.molt.service.codegen;

import dev.molt.service.common.StageCall;
import dev.molt.service.common.StageHost;
import dev.molt.service.v1.CodegenServiceGrpc;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/** CodegenService.Codegen over the same runner and cache as the Kafka worker. */
@Service
class CodegenGrpcService extends CodegenServiceGrpc.CodegenServiceImplBase {
    private final StageHost host;

    CodegenGrpcService(StageHost host) {
        this.host = host;
    }

    @Override
    public void codegen(StageRequest request, StreamObserver<StageResponse> response) {
        response.onNext(StageCall.handle(host.runner(), request));
        response.onCompleted();
    }
}
