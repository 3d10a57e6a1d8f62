using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ukc.Categorization.Benchmarks.ClassifierBenchmarks).Assembly).Run(args);
