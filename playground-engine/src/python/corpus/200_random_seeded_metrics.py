# A W&B-example-style training loop with fake metrics from a seeded generator.
import random

random.seed(42)
epochs = 5
offset = random.random() / 5
history = []
for epoch in range(2, epochs):
    acc = 1 - 2 ** -epoch - random.random() / epoch - offset
    loss = 2 ** -epoch + random.random() / epoch + offset
    history.append((epoch, round(acc, 6), round(loss, 6)))
    print(f"epoch={epoch}, accuracy={acc:.4f}, loss={loss:.4f}")
print(history)
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(-5, 5))
print(random.choice(["resnet", "vit", "mlp"]), random.choices([1, 2, 3], k=5))
print(random.choices("xyz", weights=[1, 5, 2], k=4), random.choices(["a", "b"], cum_weights=[1, 3], k=6))
ids = list(range(20))
random.shuffle(ids)
print(ids)
print(random.sample(range(100), 10), random.sample(["p", "q", "r", "s"], 2), random.sample(range(10000), 8))
print(random.sample(["red", "blue"], k=4, counts=[3, 2]))
print(random.uniform(1.5, 2.5), random.getrandbits(70), random.getrandbits(5), random.getrandbits(0))
print(round(random.gauss(0, 1), 9), round(random.normalvariate(5, 2), 9), round(random.expovariate(2), 9))
print(round(random.triangular(0, 10, 3), 9), round(random.triangular(), 9))
