score = int(input("Score: "))
if score > 0:
    print("Excellent")
