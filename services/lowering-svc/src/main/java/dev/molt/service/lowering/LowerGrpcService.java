package dev.molt.service.lowering;

import dev.molt.service.common.StageCall;
import dev.molt.service.common.StageHost;
import dev.molt.service.v1.LowerServiceGrpc;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/** LowerService.Lower over the same runner and cache as the Kafka worker. */
@Service
class LowerGrpcService extends LowerServiceGrpc.LowerServiceImplBase {
    private final StageHost host;

    LowerGrpcService(StageHost host) {
        this.host = host;
    }

    @Override
    public void lower(StageRequest request, StreamObserver<StageResponse> response) {
        response.onNext(StageCall.handle(host.runner(), request));
        response.onCompleted();
    }
}
