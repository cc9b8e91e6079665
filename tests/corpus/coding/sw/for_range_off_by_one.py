for n in range(1, 10):
    print(n)
