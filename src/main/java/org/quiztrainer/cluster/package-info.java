/**
 * What lets several app nodes share one database: {@link org.quiztrainer.cluster.SharedVersions} keeps
 * in-memory caches coherent across nodes, {@link org.quiztrainer.cluster.ClusterLock} lets one node at a
 * time do a piece of work (the start-up bank sync), and {@code /health} tells the load balancer whether
 * this node serves. It knows no feature; features use it.
 */
package org.quiztrainer.cluster;
