package dev.molt.service.parser;

import dev.molt.service.common.StageCall;
import dev.molt.service.common.StageHost;
import dev.molt.service.v1.ParseServiceGrpc;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/** ParseService.Parse over the same runner and cache as the Kafka worker. */
@Service
class ParseGrpcService extends ParseServiceGrpc.ParseServiceImplBase {
    private final StageHost host;

    ParseGrpcService(StageHost host) {
        this.host = host;
    }

    @Override
    public void parse(StageRequest request, StreamObserver<StageResponse> response) {
        response.onNext(StageCall.handle(host.runner(), request));
        response.onCompleted();
    }
}
