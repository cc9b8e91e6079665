score = int(input("Score: "))
if score >= 16:
    print("Excellent")
if score >= 10 and score < 16:
    print("Pass")
if score < 10:
    print("Try again")
