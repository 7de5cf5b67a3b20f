package dev.molt.service.common;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka values are serialized protobuf messages (docs/decisions/0050): the same types gRPC uses. */
public final class ProtoSerde {
    private ProtoSerde() {}

    /** Writes any message; one producer can send jobs and events. */
    public static Serializer<MessageLite> serializer() {
        return (topic, message) -> message == null ? null : message.toByteArray();
    }

    /**
     * Reads one message type. A record that does not parse fails the poll, so consumers that must
     * survive foreign records (the stage workers) read bytes and call {@link #parse} themselves.
     */
    public static <T extends MessageLite> Deserializer<T> deserializer(Parser<T> parser) {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return parser.parseFrom(bytes);
            } catch (InvalidProtocolBufferException e) {
                throw new SerializationException("a record on " + topic + " is not a valid message: " + e.getMessage(), e);
            }
        };
    }

    /** The message in {@code bytes}, or null when they are not one. */
    public static <T extends MessageLite> T parse(Parser<T> parser, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return parser.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }
}
