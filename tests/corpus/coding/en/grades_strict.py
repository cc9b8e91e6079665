def average(marks):
    return sum(marks) / len(marks)


def result(mark):
    if mark > 16:
        return "Excellent"
    elif mark > 10:
        return "Pass"
    else:
        return "Try again"
