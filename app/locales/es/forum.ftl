## forum
