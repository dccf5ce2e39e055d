package org.quiztrainer.srs.optimizer;

/**
 * The Adam optimiser (β1 = 0.9, β2 = 0.999, ε = 1e-8) with fsrs-rs's cosine-annealed learning rate:
 * $$m_t = \beta_1 m_{t-1} + (1 - \beta_1) g,\quad v_t = \beta_2 v_{t-1} + (1 - \beta_2) g^2$$
 * $$w \leftarrow w - \eta_t \frac{m_t / (1 - \beta_1^t)}{\sqrt{v_t / (1 - \beta_2^t)} + \varepsilon}$$
 * with η annealed as PyTorch's {@code CosineAnnealingLR} (η_min = 0), in its recursive form:
 * $$\eta_t = \eta_{t-1} \frac{1 + \cos(\pi t / T)}{1 + \cos(\pi (t - 1) / T)}$$
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private final double initialRate;
    private final double period;
    private int t;
    private int annealingStep = -1;
    private double rate;

    /** Adam for {@code size} weights, annealing from {@code learningRate} over {@code period} steps. */
    Adam(int size, double learningRate, double period) {
        this.m = new double[size];
        this.v = new double[size];
        this.initialRate = learningRate;
        this.period = period;
        this.rate = learningRate;
    }

    /** The learning rate of the next step, advancing the annealing schedule. */
    double nextRate() {
        annealingStep++;
        if (annealingStep == 0) {
            rate = initialRate;
        } else if ((annealingStep - 1 - period) % (2 * period) == 0) {
            rate = initialRate * (1 - Math.cos(Math.PI / period)) / 2;
        } else {
            rate = (1 + Math.cos(Math.PI * annealingStep / period))
                    / (1 + Math.cos(Math.PI * (annealingStep - 1) / period))
                    * rate;
        }
        return rate;
    }

    /** One step on {@code weights} with gradient {@code gradient} and learning rate {@code lr}. */
    void step(double[] weights, double[] gradient, double lr) {
        t++;
        double bias1 = 1 - Math.pow(BETA1, t);
        double bias2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < weights.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * gradient[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * gradient[i] * gradient[i];
            weights[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + EPSILON);
        }
    }
}
