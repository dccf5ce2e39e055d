package org.quiztrainer.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in logs and in the rows it writes ({@code app.cluster.node-name}; by default the host
 * name and the process id, which tells two nodes on one machine apart).
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${app.cluster.node-name:}") String configured) {
        this.name =
                configured.isBlank() ? host() + ":" + ProcessHandle.current().pid() : configured.strip();
    }

    /** The name, never blank. */
    public String get() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
